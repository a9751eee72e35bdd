using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// <c>{{ include_cached 'post-card.html' post }}</c>: Hugo's <c>partialCached</c>. The partial is rendered as
/// <c>include</c> renders it the first time it is called with this name and key, and every later call in the same
/// build gets that markup again. Only for partials whose output depends on nothing but the key (a post's card appears
/// on its home, tag and author listings alike); the key is also the partial's <c>$1</c>.
/// </summary>
public sealed class CachedIncludeFunction : IScriptCustomFunction
{
    private readonly RawIncludeFunction include = new();

    // Kept as UTF-8, as a rendered body is: a page copies a card's bytes instead of encoding its markup again, on
    // every listing that shows the post.
    private readonly ConcurrentDictionary<CacheKey, RawUtf8Html> rendered = new();

    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(RawUtf8Html);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? include.GetParameterInfo(0) : new ScriptParameterInfo(typeof(object), "key");

    /// <remarks>Two threads may render the same key at once; both get the same markup, and a render that throws caches nothing.</remarks>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        rendered.GetOrAdd(
            new CacheKey(context.ObjectToString(arguments[0]) ?? "", arguments[1]),
            _ => new RawUtf8Html(Encoding.UTF8.GetBytes(include.Render(context, callerContext, arguments, blockStatement).Value)));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>
    /// A partial's name and key. Strings and numbers compare by value, objects by identity: a build makes each view once,
    /// and hashing a post view by value would read every one of its fields on every listing.
    /// </summary>
    // A class, not a tuple: generic code over a value type is compiled when the build first runs it (see build --verbose).
    private sealed class CacheKey(string name, object? key) : IEquatable<CacheKey>
    {
        private readonly string name = name;
        private readonly object? key = key;

        public bool Equals(CacheKey? other) =>
            other is not null && name == other.name && (ReferenceEquals(key, other.key) || (IsValue(key) && object.Equals(key, other.key)));

        public override bool Equals(object? obj) => Equals(obj as CacheKey);

        public override int GetHashCode() => HashCode.Combine(name, IsValue(key) ? key!.GetHashCode() : RuntimeHelpers.GetHashCode(key));

        private static bool IsValue(object? candidate) => candidate is string or ValueType;
    }
}
