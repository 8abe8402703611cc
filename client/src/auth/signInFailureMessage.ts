import { ApiError, describeRequestFailure } from '../api/ApiError';

/** "30 sekunder", "1 minut", "15 minuter", "2 timmar": a wait as people say it, rounded up. */
export function formatWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} ${whole === 1 ? 'sekund' : 'sekunder'}`;
  const minutes = Math.ceil(whole / 60);
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minut' : 'minuter'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} ${hours === 1 ? 'timme' : 'timmar'}`;
}

/** What the sign-in page says when signing in failed. */
export function signInFailureMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Fel e-postadress eller lösenord';
    if (error.status === 429) {
      return error.retryAfterSeconds === null
        ? 'För många misslyckade inloggningar. Vänta en stund och försök igen.'
        : `För många misslyckade inloggningar. Försök igen om ${formatWait(error.retryAfterSeconds)}.`;
    }
  }
  return describeRequestFailure(error, 'Inloggningen misslyckades. Försök igen.');
}
