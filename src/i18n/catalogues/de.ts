import type { Messages } from '../messages.js';

/**
 * German, addressing the shopper with "Sie". Spaced en dash (Gedankenstrich)
 * between a state and its date; dates read "14. Dez.".
 */
export const de: Messages = {
  statusLoading: 'Verfügbarkeit wird geprüft …',
  statusInStock: 'Auf Lager',
  statusLowStock: 'Nur noch {count} verfügbar',
  statusBackorder: 'Nachbestellt',
  statusBackorderExpected: 'Nachbestellt – erwartet am {date}',
  statusBackorderAnyDay: 'Nachbestellt – wird in Kürze erwartet',
  statusPreorder: 'Vorbestellung',
  statusPreorderShips: 'Vorbestellung – Versand am {date}',
  statusOutOfStock: 'Ausverkauft',
  statusOutOfStockExpected: 'Ausverkauft – wieder verfügbar ab {date}',
  statusDiscontinued: 'Nicht mehr erhältlich',
  statusUnknown: 'Verfügbarkeit unbekannt',
  statusError: 'Die Verfügbarkeit kann gerade nicht angezeigt werden',
  statusShortfall: {
    one: 'nur {count} der gewünschten {wanted} ist sofort lieferbar',
    other: 'nur {count} der gewünschten {wanted} sind sofort lieferbar',
  },
  notifyTitle: 'Per E-Mail benachrichtigen, sobald der Artikel wieder da ist',
  notifyEmailLabel: 'E-Mail-Adresse',
  notifyConsentLabel:
    'Einmalig per E-Mail benachrichtigen, sobald der Artikel wieder auf Lager ist',
  notifyMarketingLabel: 'Auch Neuigkeiten und Angebote erhalten (freiwillig)',
  notifyQuantityLabel: 'Wie viele möchten Sie?',
  notifySubmit: 'Benachrichtigen',
  notifySending: 'Anmeldung läuft …',
  notifyEmailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  notifyEmailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
  notifyConsentMissing:
    'Bitte setzen Sie das Häkchen, damit wir Sie benachrichtigen dürfen, sobald der Artikel wieder da ist.',
  notifyQuantityInvalid: 'Bitte geben Sie eine ganze Zahl ab 1 ein.',
  notifySuccess: 'Vielen Dank! Wir schreiben an {email}, sobald der Artikel wieder auf Lager ist.',
  notifyAlreadySubscribed:
    'Sie sind bereits vorgemerkt: Wir schreiben an {email}, sobald der Artikel wieder da ist.',
  notifyInvalidReason: 'Die Anmeldung hat nicht geklappt: {message}',
  notifyInvalid:
    'Die Anmeldung hat nicht geklappt. Bitte prüfen Sie Ihre E-Mail-Adresse und versuchen Sie es erneut.',
  notifyTooManyAttempts: 'Zu viele Versuche. Bitte versuchen Sie es in ein paar Minuten erneut.',
  notifyFailed: 'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es später erneut.',
  notifyQueued:
    'Unser Server ist gerade nicht erreichbar. Ihre Anmeldung für {email} wird auf diesem Gerät gespeichert und gesendet, sobald die Verbindung wieder steht.',
  notifyQueuedServerError:
    'Bei unserem Server ist ein Fehler aufgetreten. Ihre Anmeldung für {email} wird auf diesem Gerät gespeichert und bei Ihrem nächsten Besuch erneut gesendet.',
  notifyNotSaved:
    'Die Anmeldung hat gerade nicht geklappt, und dieses Gerät konnte sie nicht für später speichern. Bitte versuchen Sie es in ein paar Minuten erneut.',
  notifyOnList: 'Sie sind für diesen Artikel vorgemerkt ({email}).',
  notifyAnother: 'Weitere Adresse anmelden',
  notifyUnavailable: 'E-Mail-Benachrichtigungen sind für diesen Artikel gerade nicht verfügbar.',
  notifyHandedOff: 'Vielen Dank, Ihre Anfrage ist eingegangen.',
  notifyHoneypotLabel: 'Dieses Feld bitte leer lassen',
  backorderLegend: {
    one: '{count} von {quantity} Artikeln ist noch nicht auf Lager',
    other: '{count} von {quantity} Artikeln sind noch nicht auf Lager',
  },
  backorderLegendNone: {
    one: 'Dieser Artikel ist noch nicht auf Lager',
    other: 'Noch keiner Ihrer {count} Artikel ist auf Lager',
  },
  backorderWhenDate: 'voraussichtlich am {date}',
  backorderWhenSoon: 'in Kürze',
  backorderWhenUnknown: 'sobald wieder auf Lager',
  backorderSplit: '{now} sofort liefern, {count} {when}',
  backorderTogether: {
    one: 'Artikel liefern, {when}',
    '=2': 'Beide zusammen liefern, {when}',
    other: 'Alle {count} zusammen liefern, {when}',
  },
  backorderLimitedRest: {
    one: '{choice}; der übrige Artikel kann nicht bestellt werden und wird entfernt',
    other: '{choice}; die übrigen {count} können nicht bestellt werden und werden entfernt',
  },
  backorderCancel: {
    one: 'Den {count} nicht vorrätigen Artikel entfernen',
    other: 'Die {count} nicht vorrätigen Artikel entfernen',
  },
  backorderCancelAll: {
    one: 'Aus meiner Bestellung entfernen',
    '=2': 'Beide aus meiner Bestellung entfernen',
    other: 'Alle {count} aus meiner Bestellung entfernen',
  },
  backorderChargeNow: {
    one: 'Der Artikel wird jetzt berechnet.',
    '=2': 'Beide Artikel werden jetzt berechnet.',
    other: 'Alle {count} Artikel werden jetzt berechnet.',
  },
  backorderChargeSplitLater: {
    one: 'Der {count} nachbestellte Artikel wird bei Versand berechnet.',
    other: 'Die {count} nachbestellten Artikel werden bei Versand berechnet.',
  },
  backorderChargeTogetherLater: {
    one: 'Der Artikel wird bei Versand berechnet.',
    '=2': 'Beide Artikel werden bei Versand berechnet.',
    other: 'Alle {count} Artikel werden bei Versand berechnet.',
  },
  backorderChargeCancel: {
    one: 'Berechnet wird nur der {count} Artikel, der jetzt versandt wird.',
    other: 'Berechnet werden nur die {count} Artikel, die jetzt versandt werden.',
  },
  backorderRefusedDiscontinued:
    'Dieser Artikel wird nicht mehr hergestellt und kann nicht mehr bestellt werden.',
  backorderRefusedNotBackorderable:
    'Weitere Exemplare können erst bestellt werden, wenn der Artikel wieder auf Lager ist.',
  backorderRefusedWaitTooLong:
    'Der Artikel wird erst etwa am {date} zurückerwartet – zu lange, um Ihre Bestellung zurückzuhalten.',
  backorderRefusedOverLimit: {
    one: 'Bis zur Wiederauffüllung kann nur noch {count} Exemplar bestellt werden.',
    other: 'Bis zur Wiederauffüllung können nur noch {count} Exemplare bestellt werden.',
  },
  backorderNotifyLink: 'Per E-Mail benachrichtigen, wenn wieder auf Lager',
  backorderRequired: 'Bitte wählen Sie, was mit den nicht vorrätigen Artikeln geschehen soll.',
  backorderError: 'Liefertermine für diesen Artikel können gerade nicht geprüft werden.',
  expectedDateRelative: '{date} ({relative})',
  statusButtonBackorder: 'Nachbestellen',
  statusButtonPreorder: 'Vorbestellen',
  statusMessageMore: 'Mehr',
  statusMessageLess: 'Weniger',
  summaryTitle: 'Ihre Lieferungen',
  summaryNow: 'Versand sofort',
  summaryRemoved: 'Entfernt',
};
