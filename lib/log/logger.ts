import pino from "pino";
import { env } from "@/lib/env";

/** JSON lines on stdout; one line per event, with a request id where there is one. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { app: "wegwijs", version: env.APP_VERSION },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ["password", "wachtwoord", "*.password", "*.wachtwoord", "bsn", "*.bsn"], remove: true },
});

export function requestLogger(requestId: string) {
  return logger.child({ requestId });
}
