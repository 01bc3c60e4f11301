namespace Extraction.Extract.Vector;

/// <summary>A PDF transformation matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
public readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transformation followed by the other.</summary>
    public Matrix Then(Matrix o) => new(A * o.A + B * o.C, A * o.B + B * o.D, C * o.A + D * o.C, C * o.B + D * o.D, E * o.A + F * o.C + o.E, E * o.B + F * o.D + o.F);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>How much lengths grow, on average over the two axes (for line widths).</summary>
    public double Scale => (Math.Sqrt(A * A + B * B) + Math.Sqrt(C * C + D * D)) / 2;
}
