// autocannon ships no types; the bench uses its programmatic API (README of autocannon 8).
declare module 'autocannon';
