using System.Globalization;
using Acornima.Ast;
using Jint;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// JavaScript run in each script's engine before the merchant's script. Jint checks its limits between statements, so a
/// single built-in call that builds a huge string (<c>'x'.repeat(2e8)</c>, a replace or join of big strings) could take
/// gigabytes and seconds before any check, and JSON.stringify of a deeply nested value takes seconds. These wrappers
/// refuse such calls up front, and the globals a mapping has no use for and that allocate natively (binary buffers,
/// BigInt, weak references) are removed. The wrappers hold the originals in a closure and convert their arguments
/// once, so a script cannot reach the unguarded built-ins.
/// </summary>
internal static class MappingScriptGuards
{
    public const string SourceName = "portal-guards";

    // Strict mode makes `return f()` a proper tail call that drops the caller's frame, and with it the script's line
    // from the error's stack; so the guards keep every call that can throw out of tail position.
    private const string Source = """
        (() => {
          const g = globalThis;
          for (const name of ['ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics', 'Int8Array', 'Uint8Array',
            'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array',
            'Float64Array', 'BigInt64Array', 'BigUint64Array', 'BigInt', 'WeakRef', 'FinalizationRegistry']) {
            delete g[name];
          }
          delete String.raw;
          const max = __MAX__;
          const S = String.prototype, A = Array.prototype;
          const apply = Reflect.apply, define = Object.defineProperty, Str = String, Num = Number, Obj = Object;
          const trunc = Math.trunc, RangeErr = RangeError, TypeErr = TypeError;
          const nativeRepeat = S.repeat, nativePadStart = S.padStart, nativePadEnd = S.padEnd;
          const nativeReplace = S.replace, nativeReplaceAll = S.replaceAll, nativeSplit = S.split;
          const tooLong = (what) => new RangeErr(what + ' would make a string longer than ' + max + ' characters');
          const text = (value, what) => {
            if (value === null || value === undefined) throw new TypeErr(what + ' called on null or undefined');
            const s = Str(value);
            return s;
          };
          const put = (target, name, fn) => define(target, name, { value: fn, writable: true, configurable: true, enumerable: false });

          put(S, 'repeat', function repeat(count) {
            const s = text(this, 'repeat');
            const n = trunc(Num(count));
            if (n > 0 && s.length * n > max) throw tooLong('repeat');
            const result = apply(nativeRepeat, s, [n]);
            return result;
          });
          const pad = (original, what) => function (maxLength, fillString) {
            const s = text(this, what);
            const n = trunc(Num(maxLength));
            if (n > max) throw tooLong(what);
            const result = apply(original, s, fillString === undefined ? [n] : [n, Str(fillString)]);
            return result;
          };
          put(S, 'padStart', pad(nativePadStart, 'padStart'));
          put(S, 'padEnd', pad(nativePadEnd, 'padEnd'));
          put(S, 'concat', function concat(...parts) {
            let result = text(this, 'concat');
            for (let i = 0; i < parts.length; i++) {
              result = result + Str(parts[i]);
              if (result.length > max) throw tooLong('concat');
            }
            return result;
          });
          // A replacement adds at most its own length plus, per '$' pattern, the whole string, at each of at most
          // length + 1 matches. Function replacers are script code and run under the engine's own limits.
          const bounded = (original, what) => function (pattern, replacement) {
            const s = text(this, what);
            let result;
            if (typeof replacement === 'function') {
              result = apply(original, s, [pattern, replacement]);
              return result;
            }
            const r = Str(replacement);
            const dollars = apply(nativeSplit, r, ['$']).length - 1;
            if (s.length + (s.length + 1) * (r.length + dollars * s.length) > max) throw tooLong(what);
            result = apply(original, s, [pattern, r]);
            return result;
          };
          put(S, 'replace', bounded(nativeReplace, 'replace'));
          put(S, 'replaceAll', bounded(nativeReplaceAll, 'replaceAll'));
          const joined = (self, separator, each, what) => {
            if (self === null || self === undefined) throw new TypeErr(what + ' called on null or undefined');
            const o = Obj(self);
            const length = trunc(Num(o.length)) || 0;
            let result = '';
            for (let i = 0; i < length; i++) {
              if (i > 0) result = result + separator;
              const element = o[i];
              if (element !== undefined && element !== null) result = result + each(element);
              if (result.length > max) throw tooLong(what);
            }
            return result;
          };
          put(A, 'join', function join(separator) {
            const result = joined(this, separator === undefined ? ',' : Str(separator), Str, 'join');
            return result;
          });
          put(A, 'toLocaleString', function toLocaleString() {
            const result = joined(this, ',', (element) => Str(element.toLocaleString()), 'toLocaleString');
            return result;
          });
          // JSON.stringify recurses natively and checks for cycles in time that grows with the square of the depth, so a
          // value nested thousands deep takes seconds with no limit checked. Writing through a replacer keeps the engine's
          // checks running for every value written, and stops at a depth no order document comes near.
          const nativeStringify = JSON.stringify, NativeMap = Map, mapGet = Map.prototype.get, mapSet = Map.prototype.set;
          const isArray = Array.isArray, maxDepth = __DEPTH__;
          const listed = (list, key) => {
            for (let i = 0; i < list.length; i++) if (list[i] === key) return true;
            return false;
          };
          put(JSON, 'stringify', function stringify(value, replacer, space) {
            const depths = new NativeMap();
            const custom = typeof replacer === 'function' ? replacer : null;
            let allowed = null;
            if (isArray(replacer)) {
              allowed = [];
              for (let i = 0; i < replacer.length; i++) allowed[allowed.length] = Str(replacer[i]);
            }
            const guard = function (key, current) {
              const depth = apply(mapGet, depths, [this]) || 0;
              if (allowed !== null && depth > 0 && !isArray(this) && !listed(allowed, key)) return undefined;
              const written = custom === null ? current : apply(custom, this, [key, current]);
              if (written !== null && typeof written === 'object') {
                if (depth + 1 > maxDepth) throw new RangeErr('JSON.stringify: the value is nested more than ' + maxDepth + ' levels deep');
                apply(mapSet, depths, [written, depth + 1]);
              }
              return written;
            };
            const result = apply(nativeStringify, undefined, [value, guard, space]);
            return result;
          });
        })();
        """;

    private static readonly Dictionary<(int, int), Prepared<Script>> Prepared = [];
    private static readonly Lock PreparedLock = new();

    /// <summary>The guards for one set of limits, parsed once and shared by every engine.</summary>
    public static Prepared<Script> For(MappingScriptLimits limits)
    {
        var key = (limits.MaxStringLength, limits.MaxJsonDepth);
        lock (PreparedLock)
        {
            if (!Prepared.TryGetValue(key, out var prepared))
            {
                var source = Source
                    .Replace("__MAX__", limits.MaxStringLength.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("__DEPTH__", limits.MaxJsonDepth.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                prepared = Engine.PrepareScript(source, SourceName, strict: true);
                Prepared[key] = prepared;
            }
            return prepared;
        }
    }
}
