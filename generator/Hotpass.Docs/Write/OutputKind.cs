namespace Hotpass.Docs.Write;

/// <summary>What an output file is, for the stages that read the manifest.</summary>
public enum OutputKind
{
    Page,
    Asset,
    Generated,
}
