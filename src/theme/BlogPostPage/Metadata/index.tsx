import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/BlogPostPage/Metadata';
import {PageMetadata} from '@docusaurus/theme-common';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import {SOCIAL_CARDS} from '@site/src/lib/socialCards';

/** Blog posts share the blog's social card unless a post names its own `image`. */
export default function MetadataWrapper(): ReactNode {
  const {assets, metadata} = useBlogPost();
  const ownImage = assets.image ?? metadata.frontMatter.image;
  return (
    <>
      <Metadata />
      {!ownImage && <PageMetadata image={SOCIAL_CARDS.blog.file} />}
    </>
  );
}
