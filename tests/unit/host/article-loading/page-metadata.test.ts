import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declaredDirection, pageAddress, textDirection } from '../../../../host/article-loading/page-metadata';

const documentOf = (html: string): Document => new JSDOM(html).window.document;

describe('pageAddress', () => {
  it.each([
    { name: 'a canonical link', head: '<link rel="canonical" href="https://c.example/a">', address: 'https://c.example/a' },
    { name: 'rel in capitals among others', head: '<link rel="alternate CANONICAL" href="http://c.example/b">', address: 'http://c.example/b' },
    { name: 'og:url without a canonical link', head: '<meta property="og:url" content="https://og.example/c">', address: 'https://og.example/c' },
    {
      name: 'the canonical link before og:url',
      head: '<meta property="og:url" content="https://og.example/c"><link rel="canonical" href="https://c.example/a">',
      address: 'https://c.example/a',
    },
    {
      name: 'a relative canonical link, then og:url',
      head: '<link rel="canonical" href="/a"><meta property="og:url" content="https://og.example/c">',
      address: 'https://og.example/c',
    },
    { name: 'a javascript: canonical link', head: '<link rel="canonical" href="javascript:alert(1)">', address: null },
    { name: 'nothing', head: '<link rel="stylesheet" href="https://s.example/s.css">', address: null },
  ])('$name', ({ head, address }) => {
    expect(pageAddress(documentOf(`<html><head>${head}</head><body></body></html>`))).toBe(address);
  });
});

describe('declaredDirection', () => {
  it.each([
    { html: '<html dir="rtl"><body>x</body></html>', dir: 'rtl' },
    { html: '<html dir="ltr"><body dir="rtl">x</body></html>', dir: 'rtl' },
    { html: '<html dir="RTL"><body dir="auto">x</body></html>', dir: 'rtl' },
    { html: '<html><body>x</body></html>', dir: null },
  ])('$html → $dir', ({ html, dir }) => {
    expect(declaredDirection(documentOf(html))).toBe(dir);
  });
});

describe('textDirection', () => {
  it.each([
    { value: 'rtl', dir: 'rtl' },
    { value: ' LTR ', dir: 'ltr' },
    { value: 'auto', dir: null },
    { value: '', dir: null },
    { value: null, dir: null },
    { value: undefined, dir: null },
  ])('$value → $dir', ({ value, dir }) => {
    expect(textDirection(value)).toBe(dir);
  });
});
