/**
 * One AWS SDK client per environment the SDK reads when it is built (region and endpoint), so a
 * warm container reuses its client and a changed endpoint (tests, the bench) gets a new one.
 * `endpointVariable` is the service's own AWS_ENDPOINT_URL_<SERVICE>.
 */
export function clientPerEnvironment<T>(endpointVariable: string, create: () => T): () => T {
  const clients = new Map<string, T>();
  return () => {
    const key = [process.env.AWS_REGION, process.env[endpointVariable], process.env.AWS_ENDPOINT_URL].join('|');
    let found = clients.get(key);
    if (!found) {
      found = create();
      clients.set(key, found);
    }
    return found;
  };
}
