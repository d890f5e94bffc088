export {};
//# sourceMappingURL=loader.js.map