namespace Hotpass.Docs.Diagnostics;

/// <summary>What an error means for the process: a gate the content failed, or a configuration the tool cannot use.</summary>
public enum ExitClass
{
    /// <summary>Exit code 1: the content failed a check.</summary>
    Gate = 1,

    /// <summary>Exit code 2: usage or configuration error; nothing could be judged.</summary>
    Configuration = 2,
}
