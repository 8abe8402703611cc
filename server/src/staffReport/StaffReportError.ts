/** A staff report that cannot be imported; `message` is Swedish, for the secretary. */
export class StaffReportError extends Error {
  override readonly name = 'StaffReportError';
}
