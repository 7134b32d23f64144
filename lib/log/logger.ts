import pino from "pino";
import { env } from "@/lib/env";

const opties: pino.LoggerOptions = {
  level: env.LOG_LEVEL,
  base: { app: "wegwijs", version: env.APP_VERSION },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ["password", "wachtwoord", "*.password", "*.wachtwoord", "bsn", "*.bsn"], remove: true },
};

/**
 * JSON lines on stdout; one line per event, with a request id where there is
 * one. With LOG_FILE also every line down to debug into that file, so a test
 * can read all the server ever logs.
 */
export const logger = env.LOG_FILE
  ? pino(
      { ...opties, level: env.LOG_LEVEL === "silent" ? "debug" : pino.levels.values[env.LOG_LEVEL]! < pino.levels.values.debug! ? env.LOG_LEVEL : "debug" },
      pino.multistream([
        { level: env.LOG_LEVEL === "silent" ? "fatal" : env.LOG_LEVEL, stream: pino.destination(1) },
        { level: "debug", stream: pino.destination({ dest: env.LOG_FILE, append: true, sync: true }) },
      ]),
    )
  : pino(opties);

export function requestLogger(requestId: string) {
  return logger.child({ requestId });
}
