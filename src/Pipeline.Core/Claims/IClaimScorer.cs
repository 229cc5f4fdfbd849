using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>Gives a candidate claim its confidence in [0, 1].</summary>
public interface IClaimScorer
{
    string Name { get; }

    double Score(Document document, Claim claim);
}
