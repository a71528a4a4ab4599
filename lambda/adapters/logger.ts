import { Logger, LogLevelThreshold } from '@aws-lambda-powertools/logger';
import type { AppLogger } from '../core/ports';

/**
 * Structured JSON logs (Powertools Logger); the level comes from POWERTOOLS_LOG_LEVEL.
 * Whether debug lines are wanted is read once, here (nothing changes the level at run
 * time): Bolt and its Web API client write several per request, and Powertools reads
 * the environment for each, even for a line it then drops.
 */
export function createLogger(serviceName = 'ctoc-bot'): AppLogger {
  const log = new Logger({ serviceName });
  const debug = log.level <= LogLevelThreshold.DEBUG;
  return {
    debug: (m, extra) => {
      if (debug) log.debug(m, extra ?? {});
    },
    info: (m, extra) => log.info(m, extra ?? {}),
    warn: (m, extra) => log.warn(m, extra ?? {}),
    error: (m, extra) => log.error(m, extra ?? {}),
  };
}
