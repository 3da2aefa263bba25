namespace Hotpass.Docs.Configuration;

/// <summary>The four kinds of documentation in the Diátaxis framework.</summary>
public enum DiataxisType
{
    Tutorial,
    HowTo,
    Reference,
    Explanation,
}
