namespace Hotpass.Docs.Load;

/// <summary>Where a file stops being valid UTF-8: the offending byte and its 1-based line and column.</summary>
internal sealed record InvalidByteInfo(byte Value, int Line, int Column);
