import net from "node:net";

// The drill's ports: handed out one after another from a range, never reused within a run, so a port a killed server
// held in TIME_WAIT never gets in the way. A port some other socket holds (the range may overlap the system's
// ephemeral ports, which outgoing connections take) is skipped.

export function portAllocator(first: number, last: number): () => Promise<number> {
  let next = first;
  return async () => {
    while (next <= last) {
      const port = next++;
      if (await isFree(port)) return port;
    }
    throw new Error(`The drill ran out of ports (${first}-${last})`);
  };
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
