using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Hotpass.Docs.Render.Highlight;

/// <summary>One TextMate registry with the grammars it has loaded so far. A grammar compiles its rules lazily and is not
/// safe to share between threads, so a thread rents the set from <see cref="GrammarPool"/> for one block at a time.</summary>
internal sealed class GrammarSet
{
    private readonly Registry _registry = new(new RegistryOptions(ThemeName.LightPlus));
    private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);

    public IGrammar? Get(string scope)
    {
        if (!_grammars.TryGetValue(scope, out var grammar))
        {
            grammar = _registry.LoadGrammar(scope);
            _grammars[scope] = grammar;
        }
        return grammar;
    }
}
