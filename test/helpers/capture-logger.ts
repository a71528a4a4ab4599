import type { AppLogger } from '../../lambda/core/ports';

export interface CapturedLog {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  extra?: Record<string, unknown>;
}

/** A logger that keeps what it is told, so tests can check the structured lines. */
export function captureLogger(): AppLogger & { lines: CapturedLog[]; text(): string } {
  const lines: CapturedLog[] = [];
  const at = (level: CapturedLog['level']) => (message: string, extra?: Record<string, unknown>) => {
    lines.push({ level, message, extra });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), text: () => JSON.stringify(lines) };
}
