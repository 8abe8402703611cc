// The worker's entry. The conversion is TypeScript, and a worker does not inherit the loader hooks of the
// thread that started it, so tsx is registered here, in the worker's own thread, before the conversion loads.
import { register } from 'tsx/esm/api';

register();
await import('./convertStaffReportInWorker.ts');
