// Runs `action` once typing pauses for `delayMs`; `cancel()` drops a pending run.

/** @returns {(() => void) & {cancel: () => void}} */
export function debounce(action, delayMs) {
  let timer = null;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      action();
    }, delayMs);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  return debounced;
}
