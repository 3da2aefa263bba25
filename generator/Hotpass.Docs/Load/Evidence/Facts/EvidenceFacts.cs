namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>What an evidence file states, typed per kind; <see cref="ToFlat"/> gives the name→value view.</summary>
public abstract record EvidenceFacts
{
    public abstract EvidenceKind Kind { get; }

    /// <summary>The facts under the names of <see cref="EvidenceFactNames"/>; absent facts are left out.</summary>
    public IReadOnlyDictionary<string, FactValue> ToFlat()
    {
        var flat = new SortedDictionary<string, FactValue>(StringComparer.Ordinal);
        AddFlat(flat);
        return flat;
    }

    protected abstract void AddFlat(IDictionary<string, FactValue> flat);

    protected static void Put(IDictionary<string, FactValue> flat, string name, double? number)
    {
        if (number is { } n) flat[name] = FactValue.Of(n);
    }

    protected static void Put(IDictionary<string, FactValue> flat, string name, string? text)
    {
        if (!string.IsNullOrEmpty(text)) flat[name] = FactValue.Of(text);
    }
}
