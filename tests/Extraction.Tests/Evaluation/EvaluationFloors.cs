namespace Extraction.Tests.Evaluation;

/// <summary>The shares a half of the labelled set must reach. Issue 10's floors are the goal; a half that has not reached
/// them yet asserts the level it has, so that a change which loses ground fails, and its messages name the goal.</summary>
public sealed record EvaluationFloors(double Points, double Shortfalls, double Materials, double Types, double TextHeaders,
    double ScanHeaders, double Flags, double SelfIndicators, double SelfReports)
{
    /// <summary>Issue 10's floors: points 90%, shortfall flags and materials 90/90, types 95%, headers 95% on text and 85%
    /// on scans, flags 95%, every self-evaluation report (its total and 95% of its indicators) read.</summary>
    public static readonly EvaluationFloors Issue = new(0.90, 0.90, 0.90, 0.95, 0.95, 0.85, 0.95, 0.95, 1.0);
}
