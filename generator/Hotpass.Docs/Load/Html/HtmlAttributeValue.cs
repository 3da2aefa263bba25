namespace Hotpass.Docs.Load.Html;

/// <summary>One link or id attribute found in HTML: its kind, its decoded value and where in the text it starts.</summary>
internal readonly record struct HtmlAttributeValue(HtmlAttributeKind Kind, string Value, int Index);
