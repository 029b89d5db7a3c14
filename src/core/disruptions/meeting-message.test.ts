import { describe, expect, it } from 'vitest';
import { meetingDescription, meetingMessage, meetingSummary, meetingWhen } from './meeting-message.ts';

const input = {
  method: 'REQUEST' as const,
  isUpdate: false,
  workspaceName: 'Harbor Studio',
  clientName: 'Maria Lopez',
  kind: 'face_to_face' as const,
  startsAt: new Date('2026-11-25T14:30:00Z'),
  durationMinutes: 45,
  location: '12 Quay Street',
  notes: 'Bring the March figures if you can.',
  clientMessage: 'I am away for a few weeks; Sam is covering your work.',
  timezone: 'Europe/Paris',
};

describe('meeting messages', () => {
  it('says when in the workspace zone, how, the notes and the client-facing message', () => {
    const message = meetingMessage(input);
    expect(message.subject).toBe('Invitation: Harbor Studio: our plan (face to face)');
    expect(message.bodyText).toContain('When: Wednesday 25 November 2026, 15:30 (Europe/Paris), 45 minutes');
    expect(message.bodyText).toContain('How: Face to face: 12 Quay Street');
    expect(message.bodyText).toContain('Bring the March figures');
    expect(message.bodyText).toContain('Sam is covering your work');
  });

  it('marks a changed invite as updated and a cancelled one as cancelled', () => {
    expect(meetingMessage({ ...input, isUpdate: true }).subject).toBe(
      'Updated invitation: Harbor Studio: our plan (face to face)',
    );
    const cancelled = meetingMessage({ ...input, method: 'CANCEL' });
    expect(cancelled.subject).toBe('Cancelled: Harbor Studio: our plan (face to face)');
    expect(cancelled.bodyText).toContain('cancel our meeting on Wednesday 25 November 2026, 15:30');
    expect(cancelled.bodyText).not.toContain('12 Quay Street');
  });

  it('names each kind and leaves out what is missing', () => {
    expect(meetingSummary('Harbor Studio', 'video')).toBe('Harbor Studio: our plan (video call)');
    expect(meetingWhen(new Date('2026-11-25T23:30:00Z'), 'UTC')).toBe(
      'Wednesday 25 November 2026, 23:30 (UTC)',
    );
    expect(
      meetingDescription({ kind: 'phone', location: null, notes: null, clientMessage: 'We are on it.' }),
    ).toBe('Phone call, details to follow\n\nWe are on it.');
  });
});
