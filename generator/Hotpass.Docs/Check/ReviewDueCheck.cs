using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Check;

/// <summary>Reports pages whose <c>review_every</c> has run out as of the instant being judged, and a
/// <c>review_every</c> with no <c>last_reviewed</c> to count from.</summary>
internal sealed class ReviewDueCheck : ISiteCheck
{
    public void Run(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages)
        {
            if (page.Source is not { } source) continue;
            var fm = source.FrontMatter;
            if (fm.ReviewEvery is not null && fm.LastReviewed is null && fm.Root?["review_every"] is { } node)
            {
                diagnostics.Report(DiagnosticCodes.FieldInvalid, node.Location, "review_every", "needs 'last_reviewed' to count from");
                continue;
            }
            if (page.Review is { IsDue: true, LastReviewed: { } last, NextReview: { } next })
            {
                diagnostics.Report(DiagnosticCodes.ReviewDue, fm.LastReviewedLocation!.Value,
                    Timestamps.Day(last), Timestamps.Day(next));
            }
        }
    }
}
