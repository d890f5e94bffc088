export {};
//# sourceMappingURL=article.js.map