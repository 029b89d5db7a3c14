import { describe, expect, it } from 'vitest';
import { countLineBreaks, isBlankRecord, lineTracker, sniffDelimiter } from './csv-text.ts';

describe('countLineBreaks', () => {
  it.each([
    ['', 0],
    ['a,b', 0],
    ['a,b\n', 1],
    ['a,b\r\n', 1],
    ['a,b\r', 1],
    ['a,"x\r\ny\r\n"\r\n', 3],
    ['a\n\nb\r\rc', 4],
  ])('%j has %i', (raw, breaks) => {
    expect(countLineBreaks(raw)).toBe(breaks);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['Name,Email,Tags\nx', ','],
    ['Name;Email;Tags\r\nx,y', ';'],
    ['Name\tEmail\tTags', '\t'],
    ['"Name, full";Email;Tags', ';'],
    ['Name', ','],
    ['Name;Email,Phone', ','],
  ])('reads %j as %j', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('lineTracker', () => {
  it('numbers records by the line they start on, multi-line cells included', () => {
    const track = lineTracker();
    expect(track.take('Name,Notes\r\n')).toBe(1);
    expect(track.take('A,"one\r\ntwo"\r\n')).toBe(2);
    expect(track.take('\r\n')).toBe(4);
    expect(track.take('B,x')).toBe(5);
    expect(track.next()).toBe(5);
  });
});

describe('isBlankRecord', () => {
  it('is true only when no cell has text', () => {
    expect(isBlankRecord([''])).toBe(true);
    expect(isBlankRecord(['', ' ', '\t'])).toBe(true);
    expect(isBlankRecord(['', 'x'])).toBe(false);
  });
});
