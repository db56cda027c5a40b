namespace Onigwrap;

/// <summary>One group of a match, in UTF-16 code units; an unmatched group is (0, 0).</summary>
public interface IOnigCaptureIndex
{
    int Index { get; }

    int Start { get; }

    int End { get; }

    int Length { get; }
}
