namespace Hotpass.Docs.Model;

/// <summary>The four kinds of documentation in the Diátaxis framework.</summary>
public enum DiataxisType
{
    Tutorial,
    HowTo,
    Reference,
    Explanation,
}
