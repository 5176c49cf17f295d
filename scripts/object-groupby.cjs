// Langium 4.4's parser library calls Object.groupBy, which Node 20 lacks; `langium generate`
// builds the parser too, so the generator needs the same polyfill as our entry points.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = function groupBy(items, key) {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const k = key(item, index++);
            (groups[k] ??= []).push(item);
        }
        return groups;
    };
}
