import type { ParsingSource } from './page-signals.js';

/** SKUs that go out in one request, sorted. */
export interface Batch {
  skus: string[];
  /** Aborts the request: the client's timeout, or the scheduler when nobody waits for it. */
  readonly controller: AbortController;
  /** Aborted because nobody waits for it any more: it must settle nothing. */
  dropped?: boolean;
}

/** What the scheduler needs from its client. */
export interface SchedulerOptions {
  /** Most SKUs in one batch. */
  batchSize: number;
  parsing: ParsingSource;
  /**
   * Sends one batch. Its slot is free again when `release` is called (once
   * the answer is in, before it is rendered) or at the latest when the
   * promise settles.
   */
  send(batch: Batch, release: () => void): Promise<void>;
}

/** A client's request scheduler (see {@link requestScheduler}). */
export interface RequestScheduler {
  /** Queues `sku` for the next batch. */
  add(sku: string): void;
  /**
   * Lets go of SKUs nobody wants: drops them from the queue and from batches
   * waiting for a slot, and aborts requests none of whose SKUs is wanted
   * (freeing their slots). Returns every SKU let go.
   */
  drop(wanted: (sku: string) => boolean): string[];
  /** Sends nothing for `ms` (`Retry-After`), or longer if already paused longer. */
  pause(ms: number): void;
  /**
   * Called by `send` once its answer is in: resolves when the answers of the
   * other requests out at the same time are in too (or waiting for a slot
   * no more), at most `ANSWER_HOLD` ms later, so they are handed over, and
   * rendered, together, in the order they came in.
   */
  together(): Promise<void>;
  /** Stops the flush, pause and hold timers (what is queued waits for the next `add`). */
  stop(): void;
  /** Pending timers: the flush, a pause and a hold. */
  timers(): number;
}

/**
 * Requests in flight at most. Chromium opens six connections per host over
 * HTTP/1.1 and queues the rest, with their timeouts running; four leaves room
 * for the page's own requests to the same host.
 */
export const MAX_IN_FLIGHT = 4;

/**
 * Ms between two partial batches: SKUs that trickle in (an element a frame)
 * gather for a moment instead of going one request each to a fast endpoint.
 */
export const BATCH_GAP = 200;

/**
 * Ms an answer waits at most for those of the other requests out with it.
 * Four requests at a time turn a listing's 20 into five rounds; handed over
 * one by one, each answer costs the page a render of its own, and the next
 * round waits behind it. Under a frame or three, which nobody sees.
 */
export const ANSWER_HOLD = 50;

type Timer = ReturnType<typeof setTimeout> | undefined;

/**
 * Decides when the SKUs a client is asked for go out, and in which batches.
 *
 * A quiet scheduler sends its queue after the current task (a macrotask, so
 * every element created in this task joins), sorted and split by `batchSize`;
 * a partial batch waits until `BATCH_GAP` has passed since the last one. A
 * busy one (requests in flight or waiting for a slot, or paused by
 * `Retry-After`) forms full batches only: SKUs that arrive meanwhile join the
 * next batch once it is quiet again. While the page is parsed, full batches go
 * at once and the rest waits for the end of parsing. A batch keeps its SKUs
 * while it waits for a slot, so the same page always asks the same URLs; at
 * most `MAX_IN_FLIGHT` are in flight. An answer is handed over with those of
 * the other requests out with it (`together`).
 *
 * A closure rather than a class: its state stays private and minifies.
 */
export function requestScheduler({ batchSize, parsing, send }: SchedulerOptions): RequestScheduler {
  /** SKUs not in a batch yet, in the order asked for. */
  const queued = new Set<string>();
  /** Batches waiting for a free slot, in order. */
  let ready: Batch[] = [];
  const active = new Set<Batch>();
  let flushTimer: Timer;
  let pauseTimer: Timer;
  let pausedUntil = 0;
  let lastPartialAt = -Infinity;
  let stopWaitingForParser: (() => void) | undefined;
  /** Requests sent whose `send` has not ended yet, and those of them holding their answer. */
  let open = 0;
  let held: (() => void)[] = [];
  let holdTimer: Timer;

  const batchOf = (skus: string[]): Batch => ({ skus, controller: new AbortController() });
  const busy = () => active.size > 0 || ready.length > 0 || pauseTimer !== undefined;

  /** Sends waiting batches while a slot is free and no pause runs. */
  const pump = () => {
    while (pauseTimer === undefined && active.size < MAX_IN_FLIGHT && ready.length) {
      const batch = ready.shift()!;
      const release = () => active.delete(batch) && next();
      const ended = () => {
        release();
        open--;
        handOver();
      };
      active.add(batch);
      open++;
      // Never an unhandled rejection in the host page, whatever send() does.
      void send(batch, release).then(ended, ended);
    }
  };

  /** After a request ended, a pause ended or work was dropped: carry on with what waits. */
  const next = () => {
    pump();
    if (queued.size > 0) schedule();
  };

  /** Lets every held answer go, once all requests out are holding theirs and none waits for a slot. */
  const handOver = (now = false) => {
    if (!now && (held.length < open || ready.length > 0)) return;
    clearTimeout(holdTimer);
    holdTimer = undefined;
    const holding = held;
    held = [];
    for (const resolve of holding) resolve();
  };

  const schedule = () => {
    const isParsing = parsing.isParsing();
    if (isParsing || busy()) {
      // Full batches only, in the order asked for (each one sorted).
      while (queued.size >= batchSize) {
        const skus = [...queued].slice(0, batchSize);
        for (const sku of skus) queued.delete(sku);
        ready.push(batchOf(skus.sort()));
      }
      pump();
      if (isParsing) stopWaitingForParser ??= parsing.onParsed(flush);
    } else {
      flushTimer ??= setTimeout(flush, Math.max(0, lastPartialAt + BATCH_GAP - performance.now()));
    }
  };

  /** The whole queue, sorted and split by `batchSize`. */
  function flush() {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    stopWaitingForParser?.();
    stopWaitingForParser = undefined;
    const skus = [...queued].sort();
    queued.clear();
    for (let start = 0; start < skus.length; start += batchSize) {
      ready.push(batchOf(skus.slice(start, start + batchSize)));
    }
    if (skus.length % batchSize) lastPartialAt = performance.now();
    pump();
  }

  return {
    add(sku) {
      queued.add(sku);
      schedule();
    },
    drop(wanted) {
      const gone: string[] = [];
      const keep = (sku: string) => wanted(sku) || (gone.push(sku), false);
      for (const sku of queued) if (!keep(sku)) queued.delete(sku);
      for (const batch of ready) batch.skus = batch.skus.filter(keep);
      ready = ready.filter((batch) => batch.skus.length > 0);
      for (const batch of active) {
        if (batch.skus.some(wanted)) continue;
        batch.dropped = true;
        batch.controller.abort();
        active.delete(batch);
        gone.push(...batch.skus);
      }
      next();
      return gone;
    },
    pause(ms) {
      const until = performance.now() + ms;
      if (until <= pausedUntil) return;
      pausedUntil = until;
      clearTimeout(pauseTimer);
      pauseTimer = setTimeout(() => {
        pauseTimer = undefined;
        next();
      }, ms);
    },
    together() {
      const answer = new Promise<void>((resolve) => held.push(resolve));
      handOver();
      if (held.length > 0) holdTimer ??= setTimeout(() => handOver(true), ANSWER_HOLD);
      return answer;
    },
    stop() {
      handOver(true);
      clearTimeout(flushTimer);
      clearTimeout(pauseTimer);
      stopWaitingForParser?.();
      flushTimer = pauseTimer = stopWaitingForParser = undefined;
      pausedUntil = 0;
    },
    timers: () =>
      Number(flushTimer !== undefined) +
      Number(pauseTimer !== undefined) +
      Number(holdTimer !== undefined),
  };
}
