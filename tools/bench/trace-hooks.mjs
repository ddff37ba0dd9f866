// Module hooks for the traced (untimed) run: report every module URL Node loads to the
// main thread, so the bench can list the bundle files a request path actually read.
let port;

export function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  port.postMessage(url);
  return nextLoad(url, context);
}
