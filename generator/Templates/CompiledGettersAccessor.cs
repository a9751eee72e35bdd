using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// Scriban's accessor for a view model, reading its properties through delegates bound to their getters instead of by
/// reflection. The runtime answers a property read by reflection with an invoke stub it emits and compiles, one per
/// property: about 90 of the 250 methods a build of the archive compiled, for the same values. Members without a
/// delegate, and everything but reading, go to Scriban's own accessor, which decides which members there are.
/// </summary>
internal sealed class CompiledGettersAccessor : IObjectAccessor
{
    private static readonly MethodInfo MakeGetter = typeof(CompiledGettersAccessor).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly IObjectAccessor members;
    private readonly Type type;
    private Dictionary<string, Func<object, object?>>? getters;

    private CompiledGettersAccessor(IObjectAccessor members, Type type) => (this.members, this.type) = (members, type);

    public bool HasIndexer => members.HasIndexer;

    public Type? IndexType => members.IndexType;

    /// <summary>
    /// <paramref name="members"/>, the accessor Scriban made for <paramref name="type"/>, reading through compiled getters
    /// if it reads the properties of one of the generator's view models by reflection and the runtime can make delegates
    /// (not under NativeAOT, which compiled its reflection ahead of time anyway). Script objects, lists and dictionaries
    /// keep their own accessors, whose members are not the type's properties.
    /// </summary>
    public static IObjectAccessor Over(IObjectAccessor members, Type type) =>
        RuntimeFeature.IsDynamicCodeSupported && members is TypedObjectAccessor && !type.IsValueType && type.Assembly == typeof(CompiledGettersAccessor).Assembly
            ? new CompiledGettersAccessor(members, type)
            : members;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        // Made at the first read, which has a context to name the members; two threads may both make them, alike.
        if ((getters ??= Getters(context, span, target)).TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }

        return members.TryGetValue(context, span, target, member, out value);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => members.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => members.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => members.HasMember(context, span, target, member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        members.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        members.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        members.TrySetItem(context, span, target, index, value);

    /// <summary>A getter for each public property Scriban's accessor lists, by the name templates use.</summary>
    // Reached only where the runtime compiles code (see Over), never in a NativeAOT build; and the trimmer keeps every
    // type of this assembly whole (TrimmerRootAssembly), so the properties read here are all there.
    [UnconditionalSuppressMessage("Trimming", "IL2080", Justification = "The generator's own types are never trimmed.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Only where dynamic code is supported; the instantiations are made at run time.")]
    private Dictionary<string, Func<object, object?>> Getters(TemplateContext context, SourceSpan span, object target)
    {
        var made = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { } getter && property.GetIndexParameters().Length == 0
                && context.MemberRenamer?.Invoke(property) is { Length: > 0 } name
                && members.HasMember(context, span, target, name) && !made.ContainsKey(name))
            {
                made[name] = MakeGetter.MakeGenericMethod(type, property.PropertyType).CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(getter);
            }
        }

        return made;
    }

    private static Func<object, object?> Getter<TTarget, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TTarget, TValue>>();
        return target => get((TTarget)target);
    }
}
