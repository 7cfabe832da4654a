import type { Messages } from '../messages.js';

/**
 * Swedish. Spaced en dash (tankstreck) between a state and its date, as
 * Swedish typography has it; dates read "14 dec.".
 */
export const sv: Messages = {
  statusLoading: 'Kontrollerar lagersaldo…',
  statusInStock: 'I lager',
  statusLowStock: 'Endast {count} kvar',
  statusBackorder: 'Restnoterad',
  statusBackorderExpected: 'Restnoterad – väntas {date}',
  statusBackorderAnyDay: 'Restnoterad – väntas inom kort',
  statusPreorder: 'Förbeställning',
  statusPreorderShips: 'Förbeställning – skickas {date}',
  statusOutOfStock: 'Slut i lager',
  statusOutOfStockExpected: 'Slut i lager – väntas åter {date}',
  statusDiscontinued: 'Utgått ur sortimentet',
  statusUnknown: 'Lagerstatus okänd',
  statusError: 'Lagerstatus kan inte visas just nu',
  statusShortfall: 'endast {count} av de {wanted} du vill ha kan skickas direkt',
  notifyTitle: 'Få ett mejl när varan finns i lager igen',
  notifyEmailLabel: 'E-postadress',
  notifyConsentLabel: 'Mejla mig en gång när varan finns i lager igen',
  notifyMarketingLabel: 'Skicka mig även nyheter och erbjudanden (valfritt)',
  notifyQuantityLabel: 'Hur många vill du ha?',
  notifySubmit: 'Bevaka',
  notifySending: 'Registrerar din bevakning…',
  notifyEmailMissing: 'Ange din e-postadress.',
  notifyEmailInvalid: 'Ange en e-postadress som namn@exempel.se.',
  notifyConsentMissing: 'Kryssa i rutan så att vi får mejla dig när varan är tillbaka.',
  notifyQuantityInvalid: 'Ange ett heltal, 1 eller fler.',
  notifySuccess: 'Tack! Vi mejlar {email} när varan finns i lager igen.',
  notifyAlreadySubscribed: 'Du bevakar redan varan: vi mejlar {email} när den är tillbaka.',
  notifyInvalidReason: 'Vi kunde inte registrera din bevakning: {message}',
  notifyInvalid:
    'Vi kunde inte registrera din bevakning. Kontrollera e-postadressen och försök igen.',
  notifyTooManyAttempts: 'För många försök. Försök igen om några minuter.',
  notifyFailed: 'Vi kunde inte registrera din bevakning. Försök igen senare.',
  notifyQueued:
    'Vi når inte vår server just nu. Din bevakning för {email} sparas på den här enheten och skickas så snart anslutningen är tillbaka.',
  notifyQueuedServerError:
    'Vår server hade ett problem. Din bevakning för {email} sparas på den här enheten och skickas igen vid ditt nästa besök.',
  notifyNotSaved:
    'Vi kunde inte registrera din bevakning just nu, och den här enheten kunde inte spara den till senare. Försök igen om några minuter.',
  notifyOnList: 'Du bevakar den här varan ({email}).',
  notifyAnother: 'Bevaka med en annan adress',
  notifyUnavailable: 'Bevakning via e-post är inte tillgänglig för den här varan just nu.',
  notifyHandedOff: 'Tack, vi har tagit emot din förfrågan.',
  notifyHoneypotLabel: 'Lämna det här fältet tomt',
  backorderLegend: '{count} av dina {quantity} finns inte i lager än',
  backorderLegendNone: {
    one: 'Varan finns inte i lager än',
    other: 'Ingen av dina {count} finns i lager än',
  },
  backorderWhenDate: 'kring {date}',
  backorderWhenSoon: 'inom kort',
  backorderWhenUnknown: 'när varan finns i lager igen',
  backorderSplit: 'Skicka {now} nu, {count} {when}',
  backorderTogether: {
    one: 'Skicka varan {when}',
    '=2': 'Skicka båda tillsammans {when}',
    other: 'Skicka alla {count} tillsammans {when}',
  },
  backorderLimitedRest: {
    one: '{choice}; den sista kan inte beställas och tas bort',
    other: '{choice}; de övriga {count} kan inte beställas och tas bort',
  },
  backorderCancel: {
    one: 'Ta bort den {count} som inte finns i lager',
    other: 'Ta bort de {count} som inte finns i lager',
  },
  backorderCancelAll: {
    one: 'Ta bort varan från min beställning',
    '=2': 'Ta bort båda från min beställning',
    other: 'Ta bort alla {count} från min beställning',
  },
  backorderChargeNow: {
    one: 'Du debiteras för varan nu.',
    '=2': 'Du debiteras för båda nu.',
    other: 'Du debiteras för alla {count} nu.',
  },
  backorderChargeSplitLater: {
    one: 'Den {count} restnoterade debiteras när den skickas.',
    other: 'De {count} restnoterade debiteras när de skickas.',
  },
  backorderChargeTogetherLater: {
    one: 'Du debiteras när varan skickas.',
    '=2': 'Du debiteras för båda när de skickas.',
    other: 'Du debiteras för alla {count} när de skickas.',
  },
  backorderChargeCancel: {
    one: 'Du debiteras bara för den {count} som skickas nu.',
    other: 'Du debiteras bara för de {count} som skickas nu.',
  },
  backorderRefusedDiscontinued: 'Varan tillverkas inte längre, så fler kan inte beställas.',
  backorderRefusedNotBackorderable: 'Fler kan inte beställas förrän varan finns i lager igen.',
  backorderRefusedWaitTooLong:
    'Varan väntas inte åter förrän kring {date}, för länge för att hålla din beställning.',
  backorderRefusedOverLimit: 'Bara {count} till kan beställas innan lagret fylls på.',
  backorderNotifyLink: 'Mejla mig när varan finns i lager igen',
  backorderRequired: 'Välj vad som ska hända med varorna som inte finns i lager.',
  backorderError: 'Leveransdatum för varan kan inte kontrolleras just nu.',
  expectedDateRelative: '{date} ({relative})',
  statusButtonBackorder: 'Restnotera',
  statusButtonPreorder: 'Förboka',
  statusMessageMore: 'Visa mer',
  statusMessageLess: 'Visa mindre',
  summaryTitle: 'Dina leveranser',
  summaryNow: 'Skickas nu',
  summaryRemoved: 'Borttaget',
};
