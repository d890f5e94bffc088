export {};
//# sourceMappingURL=content-store.js.map