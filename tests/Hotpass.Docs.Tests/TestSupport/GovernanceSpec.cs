using System.Text;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Governance.Check;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>Pages in, governance model and exact diagnostics out: what the model stage and the reference check report.</summary>
public static class GovernanceSpec
{
    public static (GovernanceModel Model, string Diagnostics) Declare(params (string Path, string Text)[] pages) =>
        Declare(GovernanceSettings.Default, pages);

    public static (GovernanceModel Model, string Diagnostics) Declare(GovernanceSettings settings, params (string Path, string Text)[] pages) =>
        Declare(settings, GovernanceStage.TablesOf, pages);

    internal static (GovernanceModel Model, string Diagnostics) Declare(
        GovernanceSettings settings, Func<PageSource, IReadOnlyList<TableFact>> tables, params (string Path, string Text)[] pages)
    {
        var bag = new DiagnosticBag();
        var sources = pages.Select(p => PageLoader.Parse(Encoding.UTF8.GetBytes(p.Text), p.Path, "content/" + p.Path, bag)).ToList();
        var model = GovernanceModelBuilder.Build(sources, tables, new Lazy<IReadOnlyList<Framework>>(FrameworkCatalogues.BuiltIn), settings, bag);
        GovernanceReferenceCheck.Report(model, bag);
        return (model, TempSite.Lines(bag.ToSortedList()));
    }

    /// <summary>A page whose front matter is <paramref name="yaml"/> (after a title line) and body <paramref name="body"/>.</summary>
    public static string Page(string yaml, string body = "Text.\n") => $"---\ntitle: Page\n{yaml}---\n{body}";
}
