import { describe, expect, it } from 'vitest';
import { answersCallbacks, CHANNELS } from './channels.ts';

describe('answersCallbacks', () => {
  it.each(CHANNELS)('an outbound %s answers the client', (channel) => {
    expect(answersCallbacks('outbound', channel)).toBe(true);
  });

  it.each([
    ['inbound', 'call', false],
    ['inbound', 'email', false],
    ['internal', 'note', false],
    ['inbound', 'meeting_in_person', true],
    ['internal', 'meeting_video', true],
  ] as const)('%s %s → %s', (direction, channel, expected) => {
    expect(answersCallbacks(direction, channel)).toBe(expected);
  });
});
