namespace Onigwrap;

/// <summary>The first match a scanner found: which of its patterns, and that pattern's groups.</summary>
public interface IOnigNextMatchResult
{
    int GetIndex();

    IOnigCaptureIndex[] GetCaptureIndices();
}
