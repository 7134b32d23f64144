/**
 * A tiny round-robin HTTP proxy for `npm run loadtest -- --instanties 2`
 * (docs/decisions/018): each request goes to the next app instance in turn, over
 * keep-alive connections, with the Host header unchanged (so the server-action
 * origin check sees the address the client used). It counts what each instance
 * answered, and tells its parent over IPC.
 *
 * Started by scripts/loadtest.ts with fork(); not meant for anything but the load test.
 *   LOADTEST_PROXY_PORT=4000 LOADTEST_UPSTREAMS=http://127.0.0.1:4001,http://127.0.0.1:4002
 */
import http from "node:http";

const poort = Number(process.env.LOADTEST_PROXY_PORT);
const upstreams = (process.env.LOADTEST_UPSTREAMS ?? "").split(",").filter(Boolean).map((u) => new URL(u));
if (!poort || upstreams.length === 0) {
  console.error("proxy: LOADTEST_PROXY_PORT en LOADTEST_UPSTREAMS zijn nodig");
  process.exit(2);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const beantwoord = upstreams.map(() => 0);
const fouten = upstreams.map(() => 0);
let herhaald = 0;
let volgende = 0;

/**
 * Sends the request to instance `i`. A keep-alive socket the instance closed
 * just as we reused it fails with ECONNRESET before the instance read anything
 * (the race Node's docs describe for `reusedSocket`): that one is sent again,
 * once, on a fresh socket. The body is buffered for that (forms are small).
 */
function stuur(i: number, req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, opnieuw = false) {
  const doel = upstreams[i]!;
  const uit = http.request({ host: doel.hostname, port: doel.port, method: req.method, path: req.url, headers: req.headers, agent }, (antwoord) => {
    beantwoord[i]! += 1;
    res.writeHead(antwoord.statusCode ?? 502, antwoord.rawHeaders);
    antwoord.pipe(res);
  });
  uit.on("error", (error: NodeJS.ErrnoException) => {
    if (!opnieuw && uit.reusedSocket && error.code === "ECONNRESET" && !res.headersSent) {
      herhaald += 1;
      return stuur(i, req, body, res, true);
    }
    fouten[i]! += 1;
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
    res.end("proxy: instantie niet bereikbaar");
  });
  uit.end(body);
}

const server = http.createServer((req, res) => {
  const i = volgende;
  volgende = (volgende + 1) % upstreams.length;
  const delen: Buffer[] = [];
  req.on("data", (d: Buffer) => delen.push(d));
  req.on("end", () => stuur(i, req, Buffer.concat(delen), res));
});
server.keepAliveTimeout = 65_000;

server.listen(poort, "127.0.0.1", () => process.send?.({ soort: "klaar" }));

process.on("message", (bericht: { soort?: string }) => {
  if (bericht?.soort === "tellingen") process.send?.({ soort: "tellingen", beantwoord, fouten, herhaald });
});
process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
