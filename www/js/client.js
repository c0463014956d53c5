// The page's side of the annotator worker (www/js/worker.js).
//
//   const client = new AnnotatorClient(compiledWasm);  // Promise<WebAssembly.Module | null>
//   const { version } = await client.ready;      // rejects with a LoadError
//   const doc = await client.annotate(text, { onProgress });
//   client.cancel();                             // the pending call rejects with CancelledError
//
// Each request carries an id; answers for requests nobody waits for any more
// are dropped. Cancelling terminates the worker (the only way to stop WASM
// mid-call) and starts a fresh one. So does a trap in the WASM instance (a
// WebAssembly.RuntimeError in the worker): the call rejects with a TrapError,
// every other pending call too, and the next call runs in a fresh instance.
// Every worker is sent the WASM module compiled once by the page (boot.js),
// or null, when the page could not compile it: the worker then loads it.

export class LoadError extends Error {}
export class CancelledError extends Error {}
export class AnnotateError extends Error {}
/** The WASM instance trapped (not the text's fault); the worker was replaced. */
export class TrapError extends AnnotateError {}

const WORKER_URL = new URL('./worker.js', import.meta.url);
const WORKER_HINT = 'The annotator could not be started in this browser (js/worker.js did not run). '
  + 'Serve the page over http (`make serve`, then http://127.0.0.1:8080) with a current browser, and reload.';

export class AnnotatorClient {
  constructor(compiledWasm = Promise.resolve(null)) {
    this.compiledWasm = compiledWasm;
    this.nextId = 0;
    this.pending = new Map();
    this.start();
  }

  start() {
    const worker = new Worker(WORKER_URL, { type: 'module' });
    this.worker = worker;
    this.compiledWasm.then((wasm) => worker.postMessage({ wasm }));
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = ({ data }) => this.receive(data, resolve, reject);
      this.worker.onerror = (event) => {
        event.preventDefault();
        const error = new LoadError(WORKER_HINT);
        reject(error);
        this.failAll(error);
      };
    });
    this.ready.catch(() => {}); // callers see the rejection through `ready`
  }

  receive(data, resolve, reject) {
    if (data.type === 'ready') resolve({ version: data.version });
    else if (data.type === 'load-error') {
      const error = new LoadError(data.message);
      reject(error);
      this.failAll(error);
    }
    const request = this.pending.get(data.id);
    if (!request) return; // nobody waits for it any more
    if (data.type === 'progress') request.onProgress?.(data.done, data.total);
    else {
      this.pending.delete(data.id);
      if (data.type === 'result') request.resolve(data.doc);
      else if (data.type === 'superseded') request.reject(new CancelledError('superseded by a newer text'));
      else if (data.trap) this.restart(request, new TrapError(data.message));
      else request.reject(new AnnotateError(data.message));
    }
  }

  /** After a trap: this worker's instance may be corrupt; start another. */
  restart(request, error) {
    this.worker.terminate();
    request.reject(error);
    this.failAll(error);
    this.start();
  }

  /** Annotates `text` in the worker; `onProgress(done, total)` for big texts. */
  annotate(text, { options, onProgress } = {}) {
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage(options === undefined ? { id, text } : { id, text, options });
    });
  }

  /** Stops whatever the worker is doing; pending calls reject with CancelledError. */
  cancel() {
    this.worker.terminate();
    this.failAll(new CancelledError('cancelled'));
    this.start();
  }

  failAll(error) {
    for (const request of this.pending.values()) request.reject(error);
    this.pending.clear();
  }
}
