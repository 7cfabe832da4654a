// What every framework page reports to the consumer check: the events its
// handlers saw, in order ("stock-change:in-stock", "change", …).
export const log = (window.log = []);

/** A handler that logs `name`, with the state for stock-change. */
export const on = (name) => (event) =>
  log.push(name === 'stock-change' ? `${name}:${event.detail.state}` : name);
