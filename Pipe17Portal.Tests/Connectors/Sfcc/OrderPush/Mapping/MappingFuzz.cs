using FsCheck;
using FsCheck.Fluent;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Generators of hostile mapping input: scripts built from pieces that break things (syntax errors, endless loops and
/// backtracking, huge strings and arrays, throws of every kind, values JSON cannot hold, deep recursion and nesting,
/// unicode edge cases, escapes from the sandbox) and field mappings with every shape a client could send.
/// </summary>
internal static class MappingFuzz
{
    private static readonly string[] Pieces =
    [
        "sourcedoc.orderNumber", "sourcedoc.total", "sourcedoc.lines", "sourcedoc.payments[0]", "sourcedoc.missing.deep", "sourcedoc.lines[99].sku",
        "sourcedoc.lines.map(l => l.sku).join(',')", "JSON.stringify(sourcedoc)", "Object.keys(sourcedoc)",
        "null", "undefined", "NaN", "Infinity", "-0", "1e308 * 10", "[]", "{}", "({})", "''", "'\\u0000'", "'\\uD800'", "'💥'.repeat(10)",
        "'e\\u0301'.normalize('NFD')", "'ß'.toUpperCase()", "'İ'.toLowerCase()", "String.fromCharCode(0xFFFF)",
        "Symbol('x')", "() => 1", "function f() {}", "new Date(NaN)", "new Date(8.64e15 + 1)", "/x/g", "new Map([[1, 2]])", "new Set([1])",
        "globalThis", "this", "Math", "JSON", "arguments", "[1, [2, [3, [4]]]]",
        "'x'.repeat(1e9)", "'x'.repeat(200000)", "'a'.padEnd(1e9)", "'ab'.concat('c'.repeat(999999), 'd'.repeat(999999))",
        "'a'.repeat(1000).replace(/a/g, '$&$&$&$&')", "['a'.repeat(9e5), 'b'.repeat(9e5)].join('')",
        "Array(1e9)", "new Array(1e6).fill(0)", "Array.from({ length: 1e7 })", "new Array(-1)", "[].concat(Array(99999).fill([1,2,3]))",
        "(() => { const a = {}; a.a = a; return a; })()", "(() => { let o = []; for (let i = 0; i < 1e4; i++) o = [o]; return o; })()",
        "(function r(n) { return r(n + 1) + 1; })(0)", "(() => { while (true) {} })()", "(() => { for (;;) {} })()",
        "/(a+)+$/.test('a'.repeat(40) + 'b')", "(() => { throw new Error('boom'); })()", "(() => { throw 42; })()",
        "(() => { throw { toString() { throw 1; } }; })()", "(() => { throw { toString() { while (true) {} } }; })()",
        "JSON.stringify({ toJSON() { throw { toString() { throw 2; } }; } })", "'\\uDC00x'", "['\\uD83D']", "Object.defineProperty({}, 'x', { get() { throw 1; }, enumerable: true })",
        "({ toJSON() { return this; } })", "({ toJSON() { throw new Error('t'); } })", "({ get x() { return this.x; } })",
        "eval('1')", "new Function('return 1')()", "require('fs')", "System.IO.File", "importScripts('x')", "process.exit(1)",
        "new Proxy({}, { get() { throw 1; } })", "new Proxy({}, { ownKeys() { return ['a', 'a']; } })", "Reflect.ownKeys(globalThis)",
        "(String.prototype.repeat = null)", "(Object.prototype.x = 1)", "(Array.prototype.join = () => 'x'.repeat(1e7))",
        "JSON.parse('{')", "JSON.parse('1'.repeat(400))", "1n", "BigInt(1)", "decodeURIComponent('%')", "[].reduce((a, b) => a)",
        "async () => 1", "(async () => { await null; return 1; })()", "(function* () { yield 1; })()", "new Promise(() => {})",
        "new WeakRef({})", "structuredClone(sourcedoc)", "setTimeout(() => 1, 0)", "new SharedArrayBuffer(1e9)", "new Uint8Array(1e9)",
        "[{ payment_method_id: 'TTS', amount: sourcedoc.total }]", "[{ payment_method_id: 'TTS', amount: 'lots' }]", "[{}]", "[null]",
        "'001'", "'TTS'", "sourcedoc.shipping.optionName", "Number.MAX_VALUE", "-1", "1.000000000000000000001", "0.1 + 0.2",
        "Object.create(null)", "new (class { constructor() { return [1]; } })()", "[...'x'.repeat(50000)]", "'a'.localeCompare('b')",
    ];

    private static readonly string[] Operators = ["+", "-", "*", "/", "%", "**", "==", "===", "&&", "||", "??", ",", "in", "instanceof", "<<", ">>>"];

    private static readonly Gen<string> Piece = Gen.Elements(Pieces);

    /// <summary>Any unicode text, surrogates and control characters included: mostly not JavaScript at all.</summary>
    private static readonly Gen<string> Garbage =
        Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(32, 126)), (1, Gen.Choose(0, 0xFFFF))).Select(c => (char)c)).Select(chars => new string(chars));

    private static readonly Gen<string> Combined =
        from left in Piece
        from op in Gen.Elements(Operators)
        from right in Piece
        select $"({left}) {op} ({right})";

    private static readonly Gen<string> Wrapped =
        from inner in Gen.OneOf(Piece, Combined)
        from shape in Gen.Elements(
            "(() => {{ return {0}; }})()", "[{0}, {0}]", "({{ a: {0}, b: [{0}] }})", "String({0})", "({0}).toString()", "JSON.stringify({0})",
            "(() => {{ try {{ return {0}; }} catch (e) {{ return e; }} }})()", "(() => {{ try {{ return {0}; }} finally {{ throw 'f'; }} }})()",
            "`${{{0}}}`", "typeof ({0})", "[{0}].flat(Infinity)", "Array.isArray({0}) ? {0} : [{0}]")
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, inner);

    /// <summary>A valid script cut short, or with a character dropped or doubled: the syntax errors merchants make.</summary>
    private static readonly Gen<string> Broken =
        from script in Gen.OneOf(Piece, Wrapped)
        from cut in Gen.Choose(0, 100)
        from how in Gen.Choose(0, 2)
        let at = script.Length * cut / 100
        select how switch
        {
            0 => script[..at],
            1 => at < script.Length ? script.Remove(at, 1) : script + ")",
            _ => script.Insert(at, at < script.Length ? script[at].ToString() : "("),
        };

    public static readonly Gen<string> Script = Gen.Frequency(
        (4, Piece), (3, Combined), (3, Wrapped), (3, Broken), (1, Garbage),
        (1, Gen.Constant("1 + " + new string('1', 25_000))), // longer than the 20,000-character limit
        (1, Gen.Constant("")), (1, Gen.Constant("   ")));

    private static readonly string[] Targets =
    [
        MappingTargets.ShippingMethod, MappingTargets.PaymentInstruments, MappingTargets.TikTokOrderId, MappingTargets.CustomerEmail,
        "billing_address.first_name", "billing_address.city", "shipments[0].shipping_address.postal_code", "order_no", "product_items",
        "customer_info.customer_no", "c_note", "c_gift", "c_", "c_bad-name", "c_" + new string('x', 70), "", " ", "not_a_field", "C_upper", "c_ünïcode",
    ];

    private static readonly Gen<LookupRow?> Row =
        from value in Gen.OneOf(Gen.Elements("Standard shipping", "", " ", "standard SHIPPING ", new string('f', 300)), Garbage)
        from sent in Gen.OneOf(Gen.Elements("001", "", new string('t', 300)), Garbage)
        from isNull in Gen.Frequency((20, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null : new LookupRow(value, sent);

    /// <summary>One field mapping of any shape: known and unknown targets, kinds out of range, empty and oversized values.</summary>
    public static readonly Gen<FieldMapping> Field =
        from target in Gen.OneOf(Gen.Elements(Targets), Garbage)
        from kind in Gen.Frequency((10, Gen.Choose(0, 3)), (1, Gen.Choose(-5, 50)))
        from constant in Gen.OneOf(Gen.Elements<string?>(null, "", "TTS", "001", new string('k', 300)), Garbage.Select(s => (string?)s))
        from source in Gen.Elements<string?>(null, "", "shipping.optionName", "lines[0].sku", "lines[].sku", "payments", "nope.path", "shipping.address")
        from rows in Gen.Frequency<IReadOnlyList<LookupRow>?>(
            (10, Gen.ListOf(Row).Select(r => (IReadOnlyList<LookupRow>?)r.Cast<LookupRow>().ToList())),
            (1, Gen.Constant<IReadOnlyList<LookupRow>?>(null)),
            (1, Gen.Constant<IReadOnlyList<LookupRow>?>([.. Enumerable.Range(0, 501).Select(i => new LookupRow($"v{i}", "001"))])))
        from script in Script
        select new FieldMapping(target, (FieldMappingKind)kind, constant, source, rows, script);

    public static readonly Gen<List<FieldMapping>> Fields = Gen.Frequency(
        (20, Gen.ListOf(Field).Select(f => f.ToList())),
        (1, Gen.Constant(Enumerable.Range(0, 60).Select(i => new FieldMapping($"c_many{i}", FieldMappingKind.Constant, "x")).ToList())));

    /// <summary>Scripted mappings of the fields a script may fill, for the mapper itself.</summary>
    public static readonly Gen<FieldMapping[]> ScriptedFields =
        Gen.ArrayOf(
            from target in Gen.Elements(MappingTargets.ShippingMethod, MappingTargets.PaymentInstruments, MappingTargets.TikTokOrderId,
                MappingTargets.CustomerEmail, "billing_address.city", "shipments[0].shipping_address.phone", "c_note", "c_gift", "c_more")
            from script in Script
            select new FieldMapping(target, FieldMappingKind.Script, Script: script))
        .Select(fields => fields.DistinctBy(f => f.Target).ToArray());
}
