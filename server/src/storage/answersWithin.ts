/**
 * True when `check` resolves within `timeoutMs`, false when it rejects or takes longer: a readiness probe must
 * answer quickly even while the database hangs rather than refuses.
 */
export async function answersWithin(check: () => Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([check().then(() => true), timedOut]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
