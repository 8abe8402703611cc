import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { formatWait, signInFailureMessage } from './signInFailureMessage';

describe('formatWait', () => {
  it('says a wait in Swedish, rounded up to the unit people use', () => {
    expect(formatWait(1)).toBe('1 sekund');
    expect(formatWait(0.2)).toBe('1 sekund');
    expect(formatWait(45)).toBe('45 sekunder');
    expect(formatWait(60)).toBe('1 minut');
    expect(formatWait(61)).toBe('2 minuter');
    expect(formatWait(900)).toBe('15 minuter');
    expect(formatWait(3600)).toBe('1 timme');
    expect(formatWait(7201)).toBe('3 timmar');
  });
});

describe('signInFailureMessage', () => {
  it('names wrong credentials without telling which one was wrong', () => {
    expect(signInFailureMessage(new ApiError(401, 'whatever'))).toBe('Fel e-postadress eller lösenord');
  });

  it('tells how long to wait after too many failures', () => {
    expect(signInFailureMessage(new ApiError(429, 'x', 840))).toBe(
      'För många misslyckade inloggningar. Försök igen om 14 minuter.',
    );
    expect(signInFailureMessage(new ApiError(429, 'x'))).toMatch(/Vänta en stund/);
  });

  it('passes other server messages through and explains a network failure', () => {
    expect(signInFailureMessage(new ApiError(400, 'Ange din e-postadress'))).toBe('Ange din e-postadress');
    expect(signInFailureMessage(new TypeError('Failed to fetch'))).toMatch(/nå servern/);
  });
});
