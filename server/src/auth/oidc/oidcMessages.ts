/** Everything the sign-in says to a person, in one place so wording stays consistent. */
export const oidcMessages = {
  providerUnavailable:
    'Det gick inte att nå kommunens inloggningstjänst. Försök igen om en stund eller kontakta kommunens support.',
  loginExpired: 'Inloggningen har gått ut eller påbörjades inte i den här webbläsaren. Försök logga in igen.',
  accessDenied: 'Inloggningen avbröts eller nekades hos inloggningstjänsten.',
  providerRefused: 'Inloggningstjänsten godkände inte inloggningen. Försök igen eller kontakta kommunens support.',
  exchangeRefused: 'Inloggningen kunde inte slutföras hos inloggningstjänsten. Försök logga in igen.',
  notVerified: 'Svaret från inloggningstjänsten kunde inte verifieras. Försök logga in igen.',
} as const;
