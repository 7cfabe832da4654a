import { setupWorker } from 'msw/browser';
import { availabilityHandlers, type Scenario } from './handlers.js';
import { notifyHandlers, type NotifyScenario, type ReceivedSignup } from './notify-handlers.js';

let scenario: Scenario = 'normal';

/** Switches what the demo's mock endpoint does. */
export function setScenario(next: Scenario): void {
  scenario = next;
}

/** The SKUs of every availability request the demo made, in order. */
export const requestLog: string[][] = [];

let notifyScenario: NotifyScenario = 'normal';

/** Switches what the demo's mock notify endpoint does. */
export function setNotifyScenario(next: NotifyScenario): void {
  notifyScenario = next;
}

/** Every sign-up the demo's notify endpoint received, in order. */
export const notifyLog: ReceivedSignup[] = [];

/** The demo's service worker, answering the availability endpoint from the catalogue. */
export const worker = setupWorker(
  ...availabilityHandlers({
    scenario: () => scenario,
    onRequest: (skus) => requestLog.push(skus),
  }),
  ...notifyHandlers({
    scenario: () => notifyScenario,
    onRequest: (signup) => notifyLog.push(signup),
  }),
);
