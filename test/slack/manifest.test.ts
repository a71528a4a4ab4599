import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../slack/${f}`, import.meta.url), 'utf8'));

describe('Slack app manifests', () => {
  it.each(['manifest.json', 'manifest.socket-mode.json'])('%s: the events, the /ctoc command, the Home tab, only the scopes used', (f) => {
    const m = read(f);
    expect(m.settings.event_subscriptions.bot_events.sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    expect(m.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/ctoc']);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    // files:read: the bot downloads the documents editors upload (issue 13)
    expect(m.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'files:read', 'im:history']);
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('the Socket Mode variant has no request URLs', () => {
    const m = read('manifest.socket-mode.json');
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(m)).not.toContain('REPLACE-WITH');
  });
});
