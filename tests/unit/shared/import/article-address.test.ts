import { describe, expect, it } from 'vitest';
import { comparableAddress } from '../../../../shared/import/article-address';

describe('comparableAddress', () => {
  it.each([
    ['https://news.example.com/2025/06/jobs-report', 'news.example.com/2025/06/jobs-report'],
    ['http://news.example.com/2025/06/jobs-report', 'news.example.com/2025/06/jobs-report'],
    ['https://www.news.example.com/2025/06/jobs-report', 'news.example.com/2025/06/jobs-report'],
    ['https://news.example.com/2025/06/jobs-report/', 'news.example.com/2025/06/jobs-report'],
    ['https://news.example.com/2025/06/jobs-report#section-2', 'news.example.com/2025/06/jobs-report'],
    ['https://news.example.com/2025/06/jobs-report?utm_source=twitter&utm_medium=social', 'news.example.com/2025/06/jobs-report'],
    ['https://news.example.com/2025/06/jobs-report?fbclid=IwAR0abc', 'news.example.com/2025/06/jobs-report'],
    ['https://news.example.com/2025/06/jobs-report?gclid=Cj0KCQ', 'news.example.com/2025/06/jobs-report'],
    ['HTTPS://News.Example.com/2025/06/jobs-report', 'news.example.com/2025/06/jobs-report'],
    ['  https://news.example.com/a  ', 'news.example.com/a'],
    ['https://news.example.com/', 'news.example.com'],
    ['https://news.example.com', 'news.example.com'],
  ])('%s compares as %s', (address, expected) => {
    expect(comparableAddress(address)).toBe(expected);
  });

  it('keeps parameters that choose the page, in their order', () => {
    expect(comparableAddress('https://news.example.com/article?id=42&utm_campaign=x&page=2')).toBe('news.example.com/article?id=42&page=2');
  });

  it('keeps a port, and a path whose case matters', () => {
    expect(comparableAddress('http://localhost:8080/Reports/Q2/')).toBe('localhost:8080/Reports/Q2');
  });

  it('keeps different pages apart', () => {
    expect(comparableAddress('https://news.example.com/a')).not.toBe(comparableAddress('https://news.example.com/b'));
    expect(comparableAddress('https://news.example.com/a?id=1')).not.toBe(comparableAddress('https://news.example.com/a?id=2'));
    expect(comparableAddress('https://other.example.com/a')).not.toBe(comparableAddress('https://news.example.com/a'));
  });

  it('reads a bare "www." site name as that site', () => {
    expect(comparableAddress('www.theguardian.com')).toBe('theguardian.com');
    expect(comparableAddress('www.theguardian.com/world/')).toBe('theguardian.com/world');
  });

  it('leaves what is not a web address as it is', () => {
    expect(comparableAddress('urn:sha256:abc')).toBe('urn:sha256:abc');
    expect(comparableAddress('Harbour Times')).toBe('Harbour Times');
  });
});
